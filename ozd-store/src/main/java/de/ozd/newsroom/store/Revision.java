package de.ozd.newsroom.store;

import de.ozd.newsroom.core.model.ArticlePackage;

/** A revision with its content: the package and its house text. */
public record Revision(RevisionInfo info, ArticlePackage pkg, String text) {}
