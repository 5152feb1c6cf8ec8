/* The floor: read every input file and write the same number of output files with the same sizes.
 * Usage: floor INPUTS.list OUTPUTS.list OUTDIR
 *   INPUTS.list  one input path per line
 *   OUTPUTS.list "SIZE RELATIVE-PATH" per line (the files a real build wrote)
 * Plain open/read/write/close with 1 MiB buffers, no renames, no fsync: the least any generator
 * that reads these inputs and writes these outputs must do. Prints bytes read and written. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char buffer[1 << 20];

static void make_parents(char *path) {
    for (char *p = path + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
            *p = '/';
        }
    }
}

int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: floor INPUTS.list OUTPUTS.list OUTDIR\n"); return 2; }
    char line[8192], path[8192];
    long long read_bytes = 0, written = 0, files = 0;
    FILE *inputs = fopen(argv[1], "r");
    if (!inputs) { perror(argv[1]); return 1; }
    while (fgets(line, sizeof line, inputs)) {
        line[strcspn(line, "\n")] = 0;
        int fd = open(line, O_RDONLY);
        if (fd < 0) { perror(line); return 1; }
        ssize_t n;
        while ((n = read(fd, buffer, sizeof buffer)) > 0) read_bytes += n;
        close(fd);
    }
    fclose(inputs);
    memset(buffer, 'x', sizeof buffer);
    FILE *outputs = fopen(argv[2], "r");
    if (!outputs) { perror(argv[2]); return 1; }
    long long size;
    char relative[8000];
    while (fscanf(outputs, "%lld %7999[^\n]\n", &size, relative) == 2) {
        snprintf(path, sizeof path, "%s/%s", argv[3], relative);
        make_parents(path);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) { perror(path); return 1; }
        for (long long left = size; left > 0;) {
            ssize_t chunk = left < (long long)sizeof buffer ? (ssize_t)left : (ssize_t)sizeof buffer;
            ssize_t n = write(fd, buffer, chunk);
            if (n <= 0) { perror(path); return 1; }
            left -= n;
            written += n;
        }
        close(fd);
        files++;
    }
    fclose(outputs);
    printf("floor: read %lld bytes, wrote %lld bytes in %lld files\n", read_bytes, written, files);
    return 0;
}
