/** Implementation of the German analysers; not part of the public API. */
package de.ozd.newsroom.language.internal;
