package com.sendense.console.backups.ui;

import com.sendense.console.backups.BackupChainNode;
import com.sendense.console.backups.RecoveryChain;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.stream.Stream;

/** Serves the recovery-point tree level by level from the chain the view last loaded. */
class ChainDataProvider extends AbstractBackEndHierarchicalDataProvider<BackupChainNode, Void> {

    private final SerializableSupplier<RecoveryChain> chain;

    ChainDataProvider(SerializableSupplier<RecoveryChain> chain) {
        this.chain = chain;
    }

    @Override
    protected Stream<BackupChainNode> fetchChildrenFromBackEnd(HierarchicalQuery<BackupChainNode, Void> query) {
        return level(query).stream().skip(query.getOffset()).limit(query.getLimit());
    }

    @Override
    public int getChildCount(HierarchicalQuery<BackupChainNode, Void> query) {
        return level(query).size();
    }

    @Override
    public boolean hasChildren(BackupChainNode node) {
        return !chain.get().children(node).isEmpty();
    }

    @Override
    public Object getId(BackupChainNode node) {
        return node.key();
    }

    private List<BackupChainNode> level(HierarchicalQuery<BackupChainNode, Void> query) {
        RecoveryChain c = chain.get();
        return query.getParentOptional().map(c::children).orElseGet(c::roots);
    }
}
