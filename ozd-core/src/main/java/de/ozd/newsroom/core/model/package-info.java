/**
 * The OZD article package as immutable records: {@link de.ozd.newsroom.core.model.ArticlePackage} and its sections
 * ({@code Report}, {@code Commentary}, {@code Infobox}, {@code Analysis}, {@code Explainers}, {@code Credits},
 * {@code Extras}) with per-section {@link de.ozd.newsroom.core.model.Provenance}. No I/O, no parsing here.
 */
package de.ozd.newsroom.core.model;
