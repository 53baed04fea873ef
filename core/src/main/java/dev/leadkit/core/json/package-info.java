/**
 * leadkit's own immutable JSON values: what a lead keeps as JSON (variables, unknown fields, parsed custom
 * fields), with no tie to a JSON library. Start at {@link dev.leadkit.core.json.JsonValue}.
 */
package dev.leadkit.core.json;
