package com.sendense.console.dashboard;

import java.time.LocalDate;

public record DayMark(LocalDate day, DayResult result) {}
