package com.posclearing.generator.internal;

import java.util.Arrays;

/** A binary min-heap of longs (no boxing): the bulk mode merges its terminals' streams by keys packed into one long. */
final class LongHeap {
    private long[] keys = new long[16];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        int i = size++;
        while (i > 0 && keys[(i - 1) / 2] > key) {
            keys[i] = keys[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        keys[i] = key;
    }

    long pop() {
        if (size == 0) {
            throw new IllegalStateException("empty heap");
        }
        long top = keys[0];
        long last = keys[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= last) {
                break;
            }
            keys[i] = keys[child];
            i = child;
        }
        keys[i] = last;
        return top;
    }
}
