// See include/CCurl.h: libcurl through dlopen, typed setopt wrappers, C write callbacks.
#include "CCurl.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SD_CURL_GLOBAL_DEFAULT 3L  // CURL_GLOBAL_SSL | CURL_GLOBAL_WIN32

static int (*p_global_init)(long);
static void *(*p_easy_init)(void);
static void (*p_easy_cleanup)(void *);
static int (*p_easy_perform)(void *);
static const char *(*p_easy_strerror)(int);
static int (*p_easy_setopt)(void *, int, ...);
static int (*p_easy_getinfo)(void *, int, ...);
static void *(*p_slist_append)(void *, const char *);
static void (*p_slist_free_all)(void *);

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[256];
static int load_status = -1;

static void load_library(void) {
    static const char *names[] = {"libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "libcurl.dylib"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "libcurl not found, install libcurl4 (the runtime package is enough)");
        return;
    }
#define SD_LOAD(ptr, name)                                                              \
    do {                                                                                \
        *(void **)(&ptr) = dlsym(library, name);                                        \
        if (ptr == NULL) {                                                              \
            snprintf(load_error, sizeof load_error, "libcurl has no %s; install a newer libcurl4", name); \
            return;                                                                     \
        }                                                                               \
    } while (0)
    SD_LOAD(p_global_init, "curl_global_init");
    SD_LOAD(p_easy_init, "curl_easy_init");
    SD_LOAD(p_easy_cleanup, "curl_easy_cleanup");
    SD_LOAD(p_easy_perform, "curl_easy_perform");
    SD_LOAD(p_easy_strerror, "curl_easy_strerror");
    SD_LOAD(p_easy_setopt, "curl_easy_setopt");
    SD_LOAD(p_easy_getinfo, "curl_easy_getinfo");
    SD_LOAD(p_slist_append, "curl_slist_append");
    SD_LOAD(p_slist_free_all, "curl_slist_free_all");
#undef SD_LOAD
    if (p_global_init(SD_CURL_GLOBAL_DEFAULT) != 0) {
        snprintf(load_error, sizeof load_error, "libcurl could not initialise");
        return;
    }
    load_status = 0;
}

int sd_curl_load(char *error, size_t length) {
    pthread_once(&load_once, load_library);
    if (load_status != 0 && error != NULL && length > 0) {
        snprintf(error, length, "%s", load_error);
    }
    return load_status;
}

void *sd_curl_easy_init(void) { return p_easy_init(); }
void sd_curl_easy_cleanup(void *handle) { p_easy_cleanup(handle); }
int sd_curl_easy_perform(void *handle) { return p_easy_perform(handle); }
const char *sd_curl_easy_strerror(int code) { return p_easy_strerror(code); }

int sd_curl_setopt_long(void *handle, int option, long value) { return p_easy_setopt(handle, option, value); }
int sd_curl_setopt_pointer(void *handle, int option, const void *value) { return p_easy_setopt(handle, option, value); }
int sd_curl_setopt_off_t(void *handle, int option, int64_t value) { return p_easy_setopt(handle, option, (long long)value); }

int sd_curl_getinfo_long(void *handle, int info, long *value) { return p_easy_getinfo(handle, info, value); }
int sd_curl_getinfo_off_t(void *handle, int info, int64_t *value) {
    long long v = 0;
    int rc = p_easy_getinfo(handle, info, &v);
    *value = (int64_t)v;
    return rc;
}

void *sd_curl_slist_append(void *list, const char *string) { return p_slist_append(list, string); }
void sd_curl_slist_free_all(void *list) { p_slist_free_all(list); }

void sd_sink_init_memory(sd_sink *sink, size_t limit) {
    memset(sink, 0, sizeof *sink);
    sink->limit = limit;
    sink->fd = -1;
}

void sd_sink_init_fd(sd_sink *sink, int fd) {
    memset(sink, 0, sizeof *sink);
    sink->fd = fd;
}

void sd_sink_free(sd_sink *sink) {
    free(sink->data);
    sink->data = NULL;
    sink->length = sink->capacity = 0;
}

// Returning fewer bytes than given makes libcurl stop with CURLE_WRITE_ERROR.
static size_t sink_write(char *bytes, size_t size, size_t count, void *user) {
    sd_sink *sink = user;
    size_t n = size * count;
    if (sink->fd >= 0) {
        size_t done = 0;
        while (done < n) {
            ssize_t w = write(sink->fd, bytes + done, n - done);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) { sink->failed = 1; return 0; }
            done += (size_t)w;
        }
        sink->length += n;
        return n;
    }
    if (sink->length + n > sink->limit) { sink->failed = 1; return 0; }
    if (sink->length + n > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity : 4096;
        while (capacity < sink->length + n) capacity *= 2;
        uint8_t *grown = realloc(sink->data, capacity);
        if (grown == NULL) { sink->failed = 1; return 0; }
        sink->data = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->data + sink->length, bytes, n);
    sink->length += n;
    return n;
}

int sd_curl_set_sinks(void *handle, sd_sink *body, sd_sink *headers) {
    int rc = p_easy_setopt(handle, SD_CURLOPT_WRITEFUNCTION, sink_write);
    if (rc == 0) rc = p_easy_setopt(handle, SD_CURLOPT_WRITEDATA, (void *)body);
    if (rc == 0) rc = p_easy_setopt(handle, SD_CURLOPT_HEADERFUNCTION, sink_write);
    if (rc == 0) rc = p_easy_setopt(handle, SD_CURLOPT_HEADERDATA, (void *)headers);
    return rc;
}
