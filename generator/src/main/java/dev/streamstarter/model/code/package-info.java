/**
 * How user values become code and text in a generated project: Java literals, Markdown code
 * spans, a pattern's grouping columns and result keys. Shared by the template model and the
 * kinds' models.
 */
package dev.streamstarter.model.code;
