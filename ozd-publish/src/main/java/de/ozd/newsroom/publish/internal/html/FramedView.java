package de.ozd.newsroom.publish.internal.html;

/**
 * A page in the site's frame (head, masthead, footer) around a body that its maker has already escaped; see
 * {@link de.ozd.newsroom.publish.FramedPage}.
 */
public record FramedView(Head head, String mainClass, boolean noindex, String body) {}
