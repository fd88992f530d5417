/**
 * Deterministic content generators: text, logs, OOXML documents, PDFs, images and multi-GB pseudo-random streams that
 * are never held in memory.
 */
@NullMarked
package com.sendense.hubsim.files.gen;

import org.jspecify.annotations.NullMarked;
