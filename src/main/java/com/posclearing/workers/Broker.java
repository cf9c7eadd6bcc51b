package com.posclearing.workers;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The RabbitMQ queue of partition requests: created only when {@code clearing.workers.broker} is set. Requests are
 * persistent messages on a durable queue, so a broker restart keeps the ones not yet taken.
 */
@Component
@ConditionalOnProperty(prefix = "clearing.workers", name = "broker")
public class Broker implements DisposableBean {
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 10 * 60_000;
    private final WorkersProperties props;
    private final CachingConnectionFactory connections;
    private final RabbitTemplate template;
    private volatile boolean declared;

    Broker(WorkersProperties props) {
        this.props = props;
        this.connections = new CachingConnectionFactory(props.host(), props.port());
        connections.setUsername(env(WorkersProperties.USER_ENV, "guest"));
        connections.setPassword(env(WorkersProperties.PASSWORD_ENV, "guest"));
        this.template = new RabbitTemplate(connections);
    }

    /** Declares the queue (idempotent) and publishes {@code request} to it. */
    void send(PartitionRequest request) {
        declare();
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        template.send("", props.queue(), new Message(request.toJson(), properties));
    }

    /**
     * Consumers of the queue, {@code threads} at a time, one unacknowledged request each: a request is acknowledged
     * when {@code listener} returns, so one whose worker dies goes back to the queue.
     */
    SimpleMessageListenerContainer listen(int threads, MessageListener listener) {
        declare();
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(props.queue());
        container.setConcurrentConsumers(threads);
        container.setPrefetchCount(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setMessageListener(listener);
        container.setTaskExecutor(new SimpleAsyncTaskExecutor("worker-"));
        // a stopping worker finishes the partitions in hand rather than leave them to the lease (default: 5 s)
        container.setShutdownTimeout(SHUTDOWN_TIMEOUT_MILLIS);
        return container;
    }

    /** Where the requests go, for the log lines. */
    String describe() {
        return "queue " + props.queue() + " on " + props.host() + ":" + props.port();
    }

    private void declare() {
        if (!declared) {
            new RabbitAdmin(connections).declareQueue(new Queue(props.queue(), true));
            declared = true;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    @Override
    public void destroy() {
        connections.destroy();
    }
}
