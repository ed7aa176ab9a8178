/**
 * House-style checks: {@link de.ozd.newsroom.core.check.Diagnostic} (position, rule id, German message), the rule
 * catalogue {@link de.ozd.newsroom.core.check.HouseRule}, the {@link de.ozd.newsroom.core.check.Rule} extension point
 * and {@link de.ozd.newsroom.core.check.HouseChecker}.
 */
package de.ozd.newsroom.core.check;
