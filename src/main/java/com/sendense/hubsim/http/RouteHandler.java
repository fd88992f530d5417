package com.sendense.hubsim.http;

@FunctionalInterface
public interface RouteHandler {

    Reply handle(HubRequest request);
}
