package com.sendense.console.restore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The properties Word, Excel, PowerPoint and LibreOffice store in their ZIP container ({@code docProps/core.xml},
 * {@code docProps/app.xml}, {@code meta.xml}). Each part is read to a small limit and without DTDs or external
 * entities, since the file comes from a backup that may hold anything.
 */
final class OfficeProperties {

    /** Element names kept, in display order; their labels are in the {@code preview} bundle. */
    static final Set<String> KEPT = Set.of("title", "subject", "creator", "initial-creator", "lastModifiedBy",
            "created", "creation-date", "modified", "date", "Application", "generator", "Pages", "Words", "Slides",
            "page-count", "word-count", "Company");

    private static final Set<String> PARTS = Set.of("docProps/core.xml", "docProps/app.xml", "meta.xml");
    private static final int PART_LIMIT = 256 * 1024;
    private static final int VALUE_LIMIT = 300;

    private OfficeProperties() {}

    /** Empty when the file is no ZIP with such parts (a corrupt file, or an old binary .doc). */
    static Map<String, String> read(byte[] bytes) {
        Map<String, String> found = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (PARTS.contains(entry.getName())) {
                    parse(new ByteArrayInputStream(zip.readNBytes(PART_LIMIT)), found);
                }
            }
        } catch (IOException | XMLStreamException | IllegalArgumentException e) {
            return found;
        }
        return found;
    }

    private static void parse(InputStream part, Map<String, String> found) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(part);
        String element = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamReader.START_ELEMENT -> {
                    element = xml.getLocalName();
                    text.setLength(0);
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        keep(found, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                }
                case XMLStreamReader.CHARACTERS -> {
                    if (text.length() < VALUE_LIMIT) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    if (element != null && element.equals(xml.getLocalName())) {
                        keep(found, element, text.toString());
                    }
                    element = null;
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private static void keep(Map<String, String> found, String name, String value) {
        String v = value.strip();
        if (KEPT.contains(name) && !v.isEmpty()) {
            found.putIfAbsent(name, v.length() > VALUE_LIMIT ? v.substring(0, VALUE_LIMIT) + "…" : v);
        }
    }
}
