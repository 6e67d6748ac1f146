int seedance_curl_placeholder(void) { return 0; }
