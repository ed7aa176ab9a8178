/** Implementation of the extractive engine and the grounding check; not part of the API. */
package de.ozd.newsroom.draft.internal;
