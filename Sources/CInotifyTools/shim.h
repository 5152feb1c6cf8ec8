#ifndef JIXIAO_CINOTIFYTOOLS_SHIM_H
#define JIXIAO_CINOTIFYTOOLS_SHIM_H
// libinotifytools0-dev ships no pkg-config file; this header is all Swift sees of it.
#include <sys/inotify.h>
#include <inotifytools/inotifytools.h>

// Swift cannot import function-like or composite macros: give them names.
static const unsigned int JX_IN_ALL_EVENTS = IN_ALL_EVENTS;
static const unsigned int JX_IN_CLOSE_WRITE = IN_CLOSE_WRITE;
static const unsigned int JX_IN_CREATE = IN_CREATE;
static const unsigned int JX_IN_DELETE = IN_DELETE;
static const unsigned int JX_IN_DELETE_SELF = IN_DELETE_SELF;
static const unsigned int JX_IN_MODIFY = IN_MODIFY;
static const unsigned int JX_IN_MOVE_SELF = IN_MOVE_SELF;
static const unsigned int JX_IN_MOVED_FROM = IN_MOVED_FROM;
static const unsigned int JX_IN_MOVED_TO = IN_MOVED_TO;
static const unsigned int JX_IN_ATTRIB = IN_ATTRIB;
static const unsigned int JX_IN_ISDIR = IN_ISDIR;
static const unsigned int JX_IN_Q_OVERFLOW = IN_Q_OVERFLOW;
static const unsigned int JX_IN_IGNORED = IN_IGNORED;
static const unsigned int JX_IN_UNMOUNT = IN_UNMOUNT;
static const unsigned int JX_IN_DONT_FOLLOW = IN_DONT_FOLLOW;
static const unsigned int JX_IN_ONLYDIR = IN_ONLYDIR;
static const unsigned int JX_IN_MASK_ADD = IN_MASK_ADD;

// `name` is a flexible array member, which Swift does not import: hand out a pointer to it.
static inline const char *jx_event_name(const struct inotify_event *event) {
    return event->len > 0 ? event->name : "";
}

#endif
