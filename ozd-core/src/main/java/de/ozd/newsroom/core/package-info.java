/**
 * OZD Newsroom core: the article package and its house format, free of I/O.
 *
 * <p>The stages, each a plain method call on the model:
 * <ol>
 *   <li>{@link de.ozd.newsroom.core.format.PackageParser} reads house text into a
 *       {@link de.ozd.newsroom.core.format.ParseResult} (package, structural diagnostics, source layout);</li>
 *   <li>{@link de.ozd.newsroom.core.check.HouseChecker} adds the house-style findings
 *       ({@link de.ozd.newsroom.core.check.HouseRule});</li>
 *   <li>{@link de.ozd.newsroom.core.format.PackageWriter} writes the package back, lossless or canonical, and
 *       {@link de.ozd.newsroom.core.json.PackageJson} gives the spec's JSON form.</li>
 * </ol>
 * {@link de.ozd.newsroom.core.HouseConfig} holds brand, heading words and limits.
 */
package de.ozd.newsroom.core;
