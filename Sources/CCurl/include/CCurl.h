int seedance_curl_placeholder(void);
