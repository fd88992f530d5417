package com.sendense.console.alerts;

/** Where the detector gets one pass of facts ({@link FactsReader}; tests hand in their own). */
interface FactsSource {

    AlertFacts read();
}
