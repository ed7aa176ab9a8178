/**
 * Publishing: turns {@link de.ozd.newsroom.core.model.ArticlePackage}s into what readers and partner systems take.
 *
 * <p>The public surface: a {@link de.ozd.newsroom.publish.Site} (where and under which name), a
 * {@link de.ozd.newsroom.publish.Publication} (a package with its slug, headline, date and URL settled), the
 * {@link de.ozd.newsroom.publish.Renderer} interface every format implements, the
 * {@link de.ozd.newsroom.publish.Renderers} registry of the built-in formats (HTML page, schema.org JSON-LD, IPTC
 * ninjs 2.2, IPTC NewsML-G2 2.35, Markdown, RSS 2.0, Atom, sitemap, news sitemap, index page) and
 * {@link de.ozd.newsroom.publish.StaticSite}, which puts them together into a site that opens from disk.
 *
 * <p>Every unreviewed machine-drafted section is labelled in German on the page and in every format; machine-made
 * sections carry the IPTC digital source type in ninjs, NewsML-G2 and JSON-LD.
 */
package de.ozd.newsroom.publish;
