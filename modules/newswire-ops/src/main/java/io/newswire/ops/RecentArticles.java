package io.newswire.ops;

import io.newswire.kafka.PipelineObserver;
import io.newswire.model.Article;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The latest enriched articles, newest first, for the dashboard; bounded, thread-safe. */
public final class RecentArticles implements PipelineObserver {

    private final int capacity;
    private final Deque<Article> latest = new ArrayDeque<>();

    public RecentArticles(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void enriched(Article article) {
        latest.addFirst(article);
        while (latest.size() > capacity) {
            latest.removeLast();
        }
    }

    public synchronized List<Article> latest(int max) {
        List<Article> out = new ArrayList<>(Math.min(max, latest.size()));
        for (Article a : latest) {
            if (out.size() >= max) {
                break;
            }
            out.add(a);
        }
        return out;
    }
}
