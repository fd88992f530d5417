/**
 * A small emulation of Go's net/http + gorilla/mux on top of the JDK HttpServer: route matching, 404/405, CORS,
 * replies, write deadline.
 */
@NullMarked
package com.sendense.hubsim.http;

import org.jspecify.annotations.NullMarked;
