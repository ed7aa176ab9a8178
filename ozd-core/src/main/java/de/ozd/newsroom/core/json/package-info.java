/** The spec's JSON form of a package, written and strictly read with Jackson's tree model. */
package de.ozd.newsroom.core.json;
