package com.sendense;

public final class Main {
    public static void main(String[] args) {
        com.sendense.console.Application.main(args);
    }
}
