// CCurl: libcurl opened with dlopen on first use, never linked.
//
// Linking libcurl would add ~8 ms to every start of `seedance`, lint included; only
// apply and status talk to the network. There are no libcurl headers on the build
// machines (only the runtime package libcurl4), so the handful of option and info
// numbers used are declared here. They are part of libcurl's stable ABI (curl.h:
// CURLOPTTYPE_LONG = 0, OBJECTPOINT = 10000, FUNCTIONPOINT = 20000, OFF_T = 30000;
// CURLINFO_LONG = 0x200000, CURLINFO_OFF_T = 0x600000) and never change meaning.
#ifndef SEEDANCE_CCURL_H
#define SEEDANCE_CCURL_H

#include <stddef.h>
#include <stdint.h>

// Options (curl.h `CURLoption`).
enum {
    SD_CURLOPT_WRITEDATA = 10001,
    SD_CURLOPT_URL = 10002,
    SD_CURLOPT_ERRORBUFFER = 10010,
    SD_CURLOPT_WRITEFUNCTION = 20011,
    SD_CURLOPT_POSTFIELDS = 10015,
    SD_CURLOPT_USERAGENT = 10018,
    SD_CURLOPT_LOW_SPEED_LIMIT = 19,
    SD_CURLOPT_LOW_SPEED_TIME = 20,
    SD_CURLOPT_HTTPHEADER = 10023,
    SD_CURLOPT_HEADERDATA = 10029,
    SD_CURLOPT_CUSTOMREQUEST = 10036,
    SD_CURLOPT_NOPROGRESS = 43,
    SD_CURLOPT_POST = 47,
    SD_CURLOPT_FOLLOWLOCATION = 52,
    SD_CURLOPT_MAXREDIRS = 68,
    SD_CURLOPT_HEADERFUNCTION = 20079,
    SD_CURLOPT_HTTPGET = 80,
    SD_CURLOPT_NOSIGNAL = 99,
    SD_CURLOPT_TIMEOUT_MS = 155,
    SD_CURLOPT_CONNECTTIMEOUT_MS = 156,
    SD_CURLOPT_NOPROXY = 10177,
    SD_CURLOPT_POSTFIELDSIZE_LARGE = 30120,
};

// Information after a transfer (curl.h `CURLINFO`).
enum {
    SD_CURLINFO_RESPONSE_CODE = 0x200000 + 2,
    SD_CURLINFO_REQUEST_SIZE = 0x200000 + 12,
    SD_CURLINFO_SIZE_UPLOAD_T = 0x600000 + 7,
    SD_CURLINFO_PRETRANSFER_TIME_T = 0x600000 + 53,
};

// Result codes (curl.h `CURLcode`) the client tells apart.
enum {
    SD_CURLE_OK = 0,
    SD_CURLE_UNSUPPORTED_PROTOCOL = 1,
    SD_CURLE_FAILED_INIT = 2,
    SD_CURLE_URL_MALFORMAT = 3,
    SD_CURLE_COULDNT_RESOLVE_PROXY = 5,
    SD_CURLE_COULDNT_RESOLVE_HOST = 6,
    SD_CURLE_COULDNT_CONNECT = 7,
    SD_CURLE_WRITE_ERROR = 23,
    SD_CURLE_OPERATION_TIMEDOUT = 28,
    SD_CURLE_SSL_CONNECT_ERROR = 35,
    SD_CURLE_PEER_FAILED_VERIFICATION = 60,
};

/// Loads libcurl (libcurl.so.4, then libcurl.so, then libcurl.4.dylib) and calls
/// curl_global_init once. Thread-safe. Returns 0 on success; otherwise -1 and a
/// message in `error` (at most `length` bytes, NUL-terminated).
int sd_curl_load(char *error, size_t length);

void *sd_curl_easy_init(void);
void sd_curl_easy_cleanup(void *handle);
int sd_curl_easy_perform(void *handle);
const char *sd_curl_easy_strerror(int code);

/// curl_easy_setopt is variadic, which Swift cannot call: one typed wrapper per kind.
int sd_curl_setopt_long(void *handle, int option, long value);
int sd_curl_setopt_pointer(void *handle, int option, const void *value);
int sd_curl_setopt_off_t(void *handle, int option, int64_t value);

int sd_curl_getinfo_long(void *handle, int info, long *value);
int sd_curl_getinfo_off_t(void *handle, int info, int64_t *value);

void *sd_curl_slist_append(void *list, const char *string);
void sd_curl_slist_free_all(void *list);

/// Where a transfer's bytes go: a growing memory buffer (fd < 0) capped at `limit`
/// bytes, or a file descriptor. Callbacks are C, so no Swift closure crosses libcurl.
typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
    size_t limit;
    int fd;
    int failed;
} sd_sink;

void sd_sink_init_memory(sd_sink *sink, size_t limit);
void sd_sink_init_fd(sd_sink *sink, int fd);
void sd_sink_free(sd_sink *sink);

/// Installs the C write callback for the body (`sink`) and the header callback
/// (`headers`, always memory) on a handle.
int sd_curl_set_sinks(void *handle, sd_sink *body, sd_sink *headers);

#endif
