/** JMH benchmarks; built only with {@code -Pbench}, never part of {@code ./mvnw verify}. */
package de.ozd.newsroom.bench;
