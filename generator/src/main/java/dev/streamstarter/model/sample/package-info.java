/** The sample input generated projects run and test on: records, text lines, a join's other side. */
package dev.streamstarter.model.sample;
