/**
 * The agreement test: every combination of the catalog's options is checked by the generator's
 * rules and started by Spark, and the two verdicts must be the same.
 */
package dev.streamstarter.agreement;
