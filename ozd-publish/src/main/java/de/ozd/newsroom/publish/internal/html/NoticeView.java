package de.ozd.newsroom.publish.internal.html;

import java.util.List;

/** A short message page (article retracted, page not found): a heading and paragraphs of plain text. */
public record NoticeView(Head head, String heading, List<String> paragraphs) {}
