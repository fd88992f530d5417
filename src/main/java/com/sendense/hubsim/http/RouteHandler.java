package com.sendense.hubsim.http;

/** One hub handler function: a request in, a reply out. */
@FunctionalInterface
public interface RouteHandler {
    Reply handle(HubRequest request);
}
