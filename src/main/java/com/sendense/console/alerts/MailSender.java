package com.sendense.console.alerts;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends through the channel's SMTP server with Spring's {@link JavaMailSenderImpl}, built per message from
 * the stored settings (they change at run time). Connect, read and write time out, so a server that does
 * not answer costs one worker thread a bounded wait and never a request thread.
 */
@Component
class MailSender {

    private final ChannelStore channels;
    private final AlertProperties properties;

    MailSender(ChannelStore channels, AlertProperties properties) {
        this.channels = channels;
        this.properties = properties;
    }

    void send(Channel channel, String to, Rendered message, String alertId) throws DeliveryException {
        Channel.Smtp smtp = channel.smtp();
        if (smtp == null) {
            throw new DeliveryException("not an e-mail channel");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        String timeout = Long.toString(properties.sendTimeout().toMillis());
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        if (smtp.tls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.user() != null && !smtp.user().isBlank()) {
            sender.setUsername(smtp.user());
            sender.setPassword(channels.secret(channel.id()).orElse(""));
            props.put("mail.smtp.auth", "true");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(smtp.from());
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            mime.setHeader("X-Sendense-Alert-Id", alertId);
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            throw new DeliveryException(deepest(e), e);
        }
    }

    private static String deepest(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
