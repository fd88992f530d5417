package com.sendense.console.restore.ui;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.ServiceException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AbandonedDownloadFilterTest {

    private final AbandonedDownloadFilter filter = new AbandonedDownloadFilter();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET",
            "/VAADIN/dynamic/resource/1/x/a.iso");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void a_download_given_up_after_its_response_started_reaches_tomcat_as_an_aborted_response() throws Exception {
        response.setCommitted(true);
        var abandoned = new AbandonedDownload("the hub cut it short", new IOException("short body"));

        // As it arrives from Vaadin through Spring MVC: wrapped twice.
        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new ServiceException(abandoned));
        })).isInstanceOf(ClientAbortException.class).hasCause(abandoned);
    }

    @Test
    void out_of_the_forward_to_vaadins_servlet_it_leaves_quietly_but_not_as_a_client_abort_spring_would_swallow() {
        request.setDispatcherType(DispatcherType.FORWARD);
        response.setCommitted(true);
        var abandoned = new AbandonedDownload("the hub cut it short", new IOException("short body"));

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new ServiceException(abandoned));
        })).isInstanceOf(BadRequestException.class).isNotInstanceOf(ClientAbortException.class).hasCause(abandoned);
    }

    @Test
    void a_browser_that_went_away_is_passed_on_unwrapped() {
        response.setCommitted(true);
        var gone = new ClientAbortException("Broken pipe");

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw new ServletException(new ServiceException(new java.io.UncheckedIOException(gone)));
        })).isSameAs(gone);
    }

    @Test
    void before_the_response_started_the_error_stays_an_error() {
        var abandoned = new AbandonedDownload("the hub cut it short", null);
        var thrown = new ServletException(new ServiceException(abandoned));

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw thrown;
        })).isSameAs(thrown);
    }

    @Test
    void other_failures_pass_through_untouched() {
        response.setCommitted(true);
        var failure = new IllegalStateException("a bug");

        assertThatThrownBy(() -> filter.doFilter(request, response, (req, res) -> {
            throw failure;
        })).isSameAs(failure);
    }
}
