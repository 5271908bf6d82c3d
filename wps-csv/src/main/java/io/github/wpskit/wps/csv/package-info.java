/**
 * DPO's CSV tables of uniformed personnel by mission, country, personnel type and sex, read as
 * {@link io.github.wpskit.wps.parity.Deployment deployments} and written back: the HDX open-data
 * file, the Peace and Security Data Hub file and DPO's monthly table
 * ({@link io.github.wpskit.wps.csv.CsvLayout}). Start at {@link io.github.wpskit.wps.csv.DpoCsv}.
 *
 * <p>Reading repairs what is safe to repair and reports it ({@link
 * io.github.wpskit.wps.csv.CsvFinding}, with stable codes in {@link
 * io.github.wpskit.wps.csv.CsvFindingCode}); it refuses what is not, row by row, saying why, and
 * goes on. Nothing is dropped without a finding.
 */
package io.github.wpskit.wps.csv;
