package com.sendense.hubsim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.hubsim.json.GoJsonDecoder.GoJsonException;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoJsonDecoderTest {

    private static final GoStruct REQUEST;

    static {
        Map<String, GoType> fields = new LinkedHashMap<>();
        fields.put("vm_name", GoType.STRING);
        fields.put("disk_index", GoType.INT);
        fields.put("tags", GoType.STRING_MAP);
        REQUEST = GoStruct.named("handlers", "BackupStartRequest", fields);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"token\":\"x\",}|invalid character '}' looking for beginning of object key string", "''|EOF",
            "'   '|EOF", "{\"vm_name\":|unexpected EOF", "{\"vm_name\" \"x\"}|invalid character '\"' after object key",
            "{\"vm_name\":\"x\" \"y\"}|invalid character '\"' after object key:value pair",
            "[1 2]|invalid character '2' after array element",
            "{\"a\":tru}|invalid character '}' in literal true (expecting 'e')",
            "{\"a\":nul}|invalid character '}' in literal null (expecting 'l')",
            "{\"a\":-}|invalid character '}' in numeric literal",
            "{\"a\":1.}|invalid character '}' after decimal point in numeric literal",
            "{\"a\":1e}|invalid character '}' in exponent of numeric literal",
            "vm_name=x|invalid character 'v' looking for beginning of value",
            "{\"a\":\"\\q\"}|invalid character 'q' in string escape code",
            "{'a':1}|invalid character '\\'' looking for beginning of object key string"})
    void syntax_errors_carry_gos_message(String body, String message) {
        assertThatThrownBy(() -> decode(body)).isInstanceOf(GoJsonException.class).hasMessage(message);
    }

    @Test
    void control_characters_are_quoted_like_go() {
        assertThatThrownBy(() -> decode("{\"a\":\"x\ny\"}")).hasMessage("invalid character '\\n' in string literal");
    }

    @Test
    void type_mismatches_name_the_struct_field() {
        assertThatThrownBy(() -> decode("{\"vm_name\":5}")).hasMessage(
                "json: cannot unmarshal number into Go struct field BackupStartRequest.vm_name of type string");
        assertThatThrownBy(() -> decode("{\"disk_index\":\"0\"}")).hasMessage(
                "json: cannot unmarshal string into Go struct field BackupStartRequest.disk_index of type int");
        assertThatThrownBy(() -> decode("{\"disk_index\":1.5}")).hasMessage(
                "json: cannot unmarshal number 1.5 into Go struct field BackupStartRequest.disk_index of type int");
        assertThatThrownBy(() -> decode("[]"))
                .hasMessage("json: cannot unmarshal array into Go value of type handlers.BackupStartRequest");
    }

    @Test
    void unknown_fields_are_ignored_keys_match_case_insensitively_and_trailing_bytes_are_not_read()
            throws GoJsonException {
        GoJsonDecoder.Decoded d = decode(
                "{\"VM_NAME\":\"pg\",\"extra\":[1,{}],\"tags\":{\"env\":\"prod\"}} trailing garbage");

        assertThat(d.string("vm_name")).isEqualTo("pg");
        assertThat(d.stringMap("tags")).containsEntry("env", "prod");
        assertThat(d.integer("disk_index")).isZero();
    }

    @Test
    void null_body_and_null_fields_leave_zero_values() throws GoJsonException {
        assertThat(decode("null").string("vm_name")).isEmpty();
        assertThat(decode("{\"vm_name\":null}").string("vm_name")).isEmpty();
    }

    private static GoJsonDecoder.Decoded decode(String body) throws GoJsonException {
        return GoJsonDecoder.decode(body.getBytes(StandardCharsets.UTF_8), REQUEST);
    }
}
