package com.sendense.console.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table: it prints across pages (a virtualised grid prints only the rows on screen),
 * and screen readers announce it as a table with headers.
 */
class SimpleTable extends NativeTable {

    SimpleTable(String caption, String className, String... headers) {
        addClassNames("dash-table", className);
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
    }

    /** Adds a row; each cell is a {@link Component} or text. */
    NativeTableRow row(Object... cells) {
        NativeTableRow row = getBody().addRow();
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            if (cell instanceof Component c) {
                td.add(c);
            } else {
                td.setText(String.valueOf(cell));
            }
        }
        return row;
    }

    void clearRows() {
        getBody().removeAllRows();
    }

    /** The body's rows, for tests. */
    java.util.List<NativeTableRow> rows() {
        return getBody().getRows();
    }
}
