/** The built-in house rules, one class per section or concern. */
package de.ozd.newsroom.core.check.internal;
