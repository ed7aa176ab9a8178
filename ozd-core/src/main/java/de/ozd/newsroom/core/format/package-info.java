/**
 * Reading and writing the house format. The parser never throws on content; the
 * {@link de.ozd.newsroom.core.format.SourceLayout} keeps everything the model does not (line ends, BOM, blank lines,
 * wrapped answers, unknown text) so the lossless writer reproduces its input byte for byte.
 */
package de.ozd.newsroom.core.format;
