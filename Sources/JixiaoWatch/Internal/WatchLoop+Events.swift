import CInotifyTools
import Glibc

/// Turning inotify events into changed paths, and keeping the watch table in step with the tree.
extension WatchLoop {
    func handle(_ event: RawEvent) {
        let mask = event.mask
        if mask & JX_IN_Q_OVERFLOW != 0 {
            let queued = InotifyLimits.read().maxQueuedEvents.map(String.init) ?? "未知"
            logger.warning("inotify 事件队列溢出（max_queued_events=\(queued)）：通知全量重扫")
            markRescanAll()
            resynchronize()
            return
        }
        // Unknown descriptor: a watch we dropped (directory moved out or deleted) whose queued
        // events would name paths that no longer exist in the tree.
        guard let directory = table.path(for: event.wd) else { return }
        if mask & JX_IN_IGNORED != 0 {
            table.remove(descriptor: event.wd)
            if directory.isEmpty {
                logger.error("内容目录的监视已被内核移除（目录被删除、移走或卸载）：\(root)")
                markRescanAll()
            }
            return
        }
        if mask & JX_IN_UNMOUNT != 0 {
            logger.warning("文件系统已卸载：\(absolutePath(directory))，通知全量重扫")
            markRescanAll()
            // The directory now shows what lies under the mount point: watch that instead.
            resynchronize()
            return
        }
        if event.name.isEmpty {
            // An event on the watched directory itself: its parent reports the same change by
            // name, except for the root, which has no watched parent.
            if directory.isEmpty, mask & (JX_IN_DELETE_SELF | JX_IN_MOVE_SELF) != 0 {
                logger.error("内容目录本身被删除或移走：\(root)")
                markRescanAll()
            }
            return
        }
        if EditorTempFiles.isIgnored(event.name) { return }
        let path = join(directory, event.name)
        if mask & JX_IN_ISDIR != 0 {
            handleDirectoryEntry(path, mask: mask)
        } else {
            noteFileEvent(path, mask: mask)
            markChanged(path)
        }
    }

    private func handleDirectoryEntry(_ path: String, mask: UInt32) {
        if mask & (JX_IN_CREATE | JX_IN_MOVED_TO) != 0 {
            // Files found by listing it may be half written: wait the full settle period.
            beingWritten.insert(path)
            markChanged(path)
            // Files written before the new watch existed sent no event: list them now.
            watchTree(path, report: true)
        } else if mask & JX_IN_DELETE != 0 {
            markChanged(path)
            table.removeSubtree(path)  // the kernel already dropped these watches
        } else if mask & JX_IN_MOVED_FROM != 0 {
            markChanged(path)
            // Moved out (or renamed; the MOVED_TO half re-adds it): its watches are alive and
            // would go on reporting under the old path.
            for descriptor in table.removeSubtree(path) {
                session?.removeWatch(descriptor)
            }
        }
        // ATTRIB or MODIFY on a directory entry leaves its listing as it was.
    }

    /// Watches `relative` and every directory below it, listing each one after its watch
    /// exists so nothing created in between is missed; with `report`, marks every entry changed.
    func watchTree(_ relative: String, report: Bool) {
        addWatch(relative)
        guard let entries = TreeWalker.children(of: absolutePath(relative)) else { return }
        for entry in entries {
            let path = join(relative, entry.name)
            if report { markChanged(path) }
            if entry.isDirectory {
                watchTree(path, report: report)
            }
        }
    }

    private func addWatch(_ relative: String) {
        guard let session, fallback == nil else { return }
        if let limit = options.watchLimit, table.count >= limit, table.descriptor(for: relative) == nil {
            enterFallback(reason: "已达 watchLimit=\(limit)")
            return
        }
        switch session.addWatch(absolutePath: absolutePath(relative)) {
        case .watched(let descriptor):
            table.insert(descriptor: descriptor, path: relative)
            confirmedDescriptors?.insert(descriptor)
        case .failed(let code) where code == ENOSPC:
            enterFallback(reason: "inotify_add_watch 返回 ENOSPC")
        case .failed(let code) where code == ENOENT || code == ENOTDIR:
            lastWatchError = code  // gone again already; its parent's DELETE/MOVED_FROM reports it
        case .failed(let code):
            lastWatchError = code
            logger.warning("无法监视目录 \(absolutePath(relative))：\(String(cString: strerror(code)))")
        }
    }

    /// After an overflow or unmount the table may miss directories or keep stale ones: re-walk
    /// the tree (the kernel returns the same descriptor for directories already watched).
    func resynchronize() {
        confirmedDescriptors = []
        watchTree("", report: false)
        let confirmed = confirmedDescriptors ?? []
        confirmedDescriptors = nil
        guard fallback == nil else { return }
        for descriptor in table.descriptors where !confirmed.contains(descriptor) {
            table.remove(descriptor: descriptor)
            session?.dropWatch(descriptor)
        }
    }

    func absolutePath(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    private func join(_ directory: String, _ name: String) -> String {
        directory.isEmpty ? name : directory + "/" + name
    }
}
