#!/bin/bash
# Installs Jixiao on a Debian server: git push → hook → working copy → daemon → site → nginx.
# Idempotent: run it again after `git pull` of this package to upgrade; steps already done are
# reported as skipped. Run as root from a checkout of the package.
#
#   deploy/install.sh             install or upgrade
#   deploy/install.sh --dry-run   print the plan, change nothing (root not needed)
#
# Every path can be overridden from the environment (the defaults are what docs/deploy.md uses):
#   JIXIAO_USER=jixiao  JIXIAO_GIT_USER=git  JIXIAO_BRANCH=main
#   JIXIAO_HOME=/srv/jixiao (repo.git, repo)  JIXIAO_SITE=/var/lib/jixiao/site
#   JIXIAO_BIN=/usr/local/bin  JIXIAO_SYSTEMD=/etc/systemd/system  JIXIAO_NGINX=/etc/nginx
#   JIXIAO_DOC=/usr/local/share/doc/jixiao
#   JIXIAO_SKIP_APT=1   JIXIAO_SKIP_BUILD=1 (install JIXIAO_BINARY, default .build/release/jixiao)
set -euo pipefail

package=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
user=${JIXIAO_USER:-jixiao}
git_user=${JIXIAO_GIT_USER:-git}
branch=${JIXIAO_BRANCH:-main}
home=${JIXIAO_HOME:-/srv/jixiao}
site=${JIXIAO_SITE:-/var/lib/jixiao/site}
bin=${JIXIAO_BIN:-/usr/local/bin}
systemd_dir=${JIXIAO_SYSTEMD:-/etc/systemd/system}
nginx_dir=${JIXIAO_NGINX:-/etc/nginx}
doc_dir=${JIXIAO_DOC:-/usr/local/share/doc/jixiao}
bare=$home/repo.git
worktree=$home/repo
apt_packages=(git libinotifytools0 libinotifytools0-dev nginx)

dry_run=0
case "${1:-}" in
    --dry-run) dry_run=1 ;;
    "") ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (use --dry-run)" >&2; exit 2 ;;
esac

done_count=0
skipped_count=0
# run DESCRIPTION COMMAND…: does it (or, with --dry-run, says it would).
run() {
    local description=$1
    shift
    if [ "$dry_run" = 1 ]; then
        printf '  would   %s\n          $ %s\n' "$description" "$*"
    else
        printf '  do      %s\n' "$description"
        "$@"
    fi
    done_count=$((done_count + 1))
}
# check DESCRIPTION COMMAND…: verifies something; never counted as a change.
check() {
    local description=$1
    shift
    if [ "$dry_run" = 1 ]; then
        printf '  would   %s\n          $ %s\n' "$description" "$*"
    else
        printf '  check   %s\n' "$description"
        "$@"
    fi
}
skip() {
    printf '  skip    %s\n' "$*"
    skipped_count=$((skipped_count + 1))
}
# same SOURCE TARGET: true when TARGET exists with exactly SOURCE's bytes.
same() { [ -f "$2" ] && cmp -s "$1" "$2"; }
systemd_running() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; }

if [ "$dry_run" = 0 ] && [ "$(id -u)" != 0 ]; then
    echo "install.sh: run as root (or use --dry-run to see the plan)" >&2
    exit 1
fi

echo "Jixiao install ($([ "$dry_run" = 1 ] && echo 'dry run: nothing is changed' || echo 'for real'))"
echo "  package $package"
echo "  users   daemon $user, repository $git_user; branch $branch"
echo "  paths   $bare (bare) → $worktree (working copy) → $site (site)"
echo

echo "1. Debian packages"
missing=()
for package_name in "${apt_packages[@]}"; do
    dpkg -s "$package_name" >/dev/null 2>&1 || missing+=("$package_name")
done
if [ "${JIXIAO_SKIP_APT:-0}" = 1 ]; then
    skip "apt-get (JIXIAO_SKIP_APT=1)"
elif [ ${#missing[@]} = 0 ]; then
    skip "already installed: ${apt_packages[*]}"
else
    run "install ${missing[*]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

echo "2. Build and install the binary"
built=${JIXIAO_BINARY:-$package/.build/release/jixiao}
if [ "${JIXIAO_SKIP_BUILD:-0}" = 1 ]; then
    skip "swift build (JIXIAO_SKIP_BUILD=1)"
else
    # swift build is incremental: after an upgrade it rebuilds only what changed.
    run "build in release mode" swift build --package-path "$package" -c release --product jixiao
fi
if [ "$dry_run" = 0 ] && [ ! -x "$built" ]; then
    echo "install.sh: $built is missing (build failed?)" >&2
    exit 1
fi
binary_changed=0
if [ -x "$built" ] && same "$built" "$bin/jixiao"; then
    skip "$bin/jixiao is already this build"
else
    run "install $bin/jixiao" install -D -m 0755 "$built" "$bin/jixiao"
    binary_changed=1
fi
doc=$doc_dir/deploy.md
if same "$package/docs/deploy.md" "$doc"; then
    skip "$doc is current"
else
    run "install $doc" install -D -m 0644 "$package/docs/deploy.md" "$doc"
fi

echo "3. Users"
if id -u "$user" >/dev/null 2>&1; then
    skip "user $user exists"
else
    run "create system user $user (runs the daemon)" \
        useradd --system --user-group --home-dir /var/lib/jixiao --no-create-home --shell /usr/sbin/nologin "$user"
fi
if id -u "$git_user" >/dev/null 2>&1; then
    skip "user $git_user exists"
else
    run "create system user $git_user (owns the repositories; pushers log in with ssh keys)" \
        useradd --system --user-group --home-dir "$home" --no-create-home --shell /usr/bin/git-shell "$git_user"
fi

echo "4. Repositories"
if [ -d "$home" ]; then skip "$home exists"; else
    run "create $home" install -d -m 0755 -o "$git_user" -g "$git_user" "$home"
fi
if [ -f "$bare/HEAD" ]; then skip "bare repository $bare exists"; else
    run "create bare repository $bare" runuser -u "$git_user" -- git init --quiet --bare -b "$branch" "$bare"
fi
if [ "$(git config --file "$bare/config" --get jixiao.worktree 2>/dev/null || true)" = "$worktree" ] &&
   [ "$(git config --file "$bare/config" --get jixiao.branch 2>/dev/null || true)" = "$branch" ]; then
    skip "hook settings jixiao.worktree, jixiao.branch are set"
else
    # As the repository's owner: git config rewrites the file, which would otherwise become root's.
    run "set jixiao.worktree=$worktree" runuser -u "$git_user" -- git config --file "$bare/config" jixiao.worktree "$worktree"
    run "set jixiao.branch=$branch" runuser -u "$git_user" -- git config --file "$bare/config" jixiao.branch "$branch"
fi
if same "$package/deploy/git/post-receive" "$bare/hooks/post-receive"; then
    skip "post-receive hook is current"
else
    run "install the post-receive hook" \
        install -D -m 0755 -o "$git_user" -g "$git_user" "$package/deploy/git/post-receive" "$bare/hooks/post-receive"
fi
if [ -d "$worktree/.git" ]; then
    skip "working copy $worktree exists"
else
    # An empty working copy on the branch: the first push fast-forwards it; content/ exists at
    # once so the daemon can start before anything is pushed.
    run "create working copy $worktree" runuser -u "$git_user" -- git init --quiet -b "$branch" "$worktree"
    run "create $worktree/content" runuser -u "$git_user" -- mkdir -p "$worktree/content"
fi

echo "5. Site folder"
if [ -d "$site" ] && [ "$(stat -c %U "$site")" = "$user" ]; then
    skip "$site exists, owned by $user"
else
    run "create $site owned by $user" install -d -m 0755 -o "$user" -g "$user" "$site"
fi

echo "6. systemd unit"
unit=$systemd_dir/jixiao.service
if same "$package/deploy/systemd/jixiao.service" "$unit"; then
    skip "$unit is current"
    unit_changed=0
else
    run "install $unit" install -D -m 0644 "$package/deploy/systemd/jixiao.service" "$unit"
    unit_changed=1
fi
if systemd_running; then
    if [ "$unit_changed" = 1 ]; then run "reload systemd units" systemctl daemon-reload; fi
    if ! systemctl is-enabled --quiet jixiao 2>/dev/null || ! systemctl is-active --quiet jixiao; then
        run "enable and start jixiao" systemctl enable --now jixiao
    elif [ "$unit_changed" = 1 ] || [ "$binary_changed" = 1 ]; then
        # A new binary or unit takes effect on restart: a full build, quick thanks to the cache.
        run "restart jixiao (new binary or unit)" systemctl restart jixiao
    else
        skip "jixiao is running this binary and unit"
    fi
else
    skip "systemd is not running here: start it yourself with $bin/jixiao watch --content $worktree/content --output $site"
fi

echo "7. nginx site"
available=$nginx_dir/sites-available/jixiao
enabled=$nginx_dir/sites-enabled/jixiao
site_changed=0
if same "$package/deploy/nginx/jixiao.conf" "$available"; then
    skip "$available is current"
else
    run "install $available" install -D -m 0644 "$package/deploy/nginx/jixiao.conf" "$available"
    site_changed=1
fi
if [ -L "$enabled" ]; then skip "$enabled is linked"; else
    if [ ! -d "$nginx_dir/sites-enabled" ]; then
        run "create $nginx_dir/sites-enabled" install -d -m 0755 "$nginx_dir/sites-enabled"
    fi
    run "enable the site" ln -s "$available" "$enabled"
    site_changed=1
fi
if [ -e "$nginx_dir/sites-enabled/default" ]; then
    echo "  note    $nginx_dir/sites-enabled/default also listens on port 80; remove it if Jixiao should answer there"
fi
if ! command -v nginx >/dev/null 2>&1 && [ "$dry_run" = 0 ]; then
    skip "nginx is not installed"
elif [ ! -f "$nginx_dir/nginx.conf" ] && [ "$dry_run" = 0 ]; then
    skip "nginx -t and reload: no $nginx_dir/nginx.conf"
else
    check "nginx -t" nginx -t -q -c "$nginx_dir/nginx.conf"
    if [ "$site_changed" = 0 ]; then
        skip "nginx already serves this site configuration"
    elif systemd_running; then
        run "reload nginx" systemctl reload-or-restart nginx
    elif [ -s /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
        run "reload nginx" nginx -s reload
    else
        skip "nginx is not running: start it with 'nginx' (or systemctl start nginx)"
    fi
fi

echo
echo "Done: $done_count change(s) $([ "$dry_run" = 1 ] && echo 'planned' || echo 'made'), $skipped_count already in place."
echo "Next: add pushers' ssh keys to ~$git_user/.ssh/authorized_keys, push to $git_user@$(hostname -f 2>/dev/null || hostname):$bare,"
echo "      and check with: sudo -u $user $bin/jixiao doctor --content $worktree/content --output $site"
