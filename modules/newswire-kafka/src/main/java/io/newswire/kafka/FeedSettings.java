package io.newswire.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The feed poller ({@code newswire feeds}).
 *
 * @param stateTopic   compacted topic of seen item URLs and feed state (ETag, Last-Modified), shared by
 *                     every poller instance so that none republishes an item
 * @param userAgent    the User-Agent of every request, also the agent robots.txt rules are read for
 * @param hostInterval least time between two requests to the same host
 * @param pollInterval time between two polls of the same feed
 */
public record FeedSettings(String stateTopic, String userAgent, Duration hostInterval, Duration pollInterval) {

    public FeedSettings {
        requireNonNull(stateTopic, "stateTopic");
        requireNonNull(userAgent, "userAgent");
        requireNonNull(hostInterval, "hostInterval");
        requireNonNull(pollInterval, "pollInterval");
    }
}
