package io.newswire.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of the process (the duplicates step's sequencer stores, s30): a shared
 * block cache of {@value #CACHE_BYTES} bytes that also accounts the memtables (at most {@value #WRITE_BUFFER_BYTES}
 * of it), with index and filter blocks inside the cache. Kafka Streams' default gives each store its own 50 MB block
 * cache and up to three 16 MB memtables, about 100 MB of native memory a store, outside the heap and outside {@code
 * -Xmx}: eight stores would take up to 800 MB beside a 1 GB heap. The pattern is Kafka Streams' documented bounded
 * memory configuration (static objects shared by all stores of the JVM).
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

    /** The shared block cache, memtables included. */
    static final long CACHE_BYTES = 64L << 20;
    /** The memtables' share of the cache. */
    static final long WRITE_BUFFER_BYTES = 16L << 20;

    /** Made when the first store opens (the native library is loaded first). */
    private static final class Shared {
        static {
            RocksDB.loadLibrary();
        }

        static final Cache CACHE = new LRUCache(CACHE_BYTES, -1, false, 0.1);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(WRITE_BUFFER_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setTableFormatConfig(table);
        // smaller memtables than the default 16 MB x 3: the budget is shared by all stores
        options.setWriteBufferSize(4L << 20);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store of the JVM: never closed here
    }
}
