package com.sendense.hubsim.restore;

import com.sendense.hubsim.files.model.Directory;
import com.sendense.hubsim.files.model.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Go's {@code filepath.WalkDir} below a directory: depth first, entries in byte order, symlinks
 * reported but not followed. Lazy, so a walk over 100,000 entries holds only the current path.
 */
final class TreeWalk implements Iterator<TreeWalk.Step> {

    /** {@code node} is the {@code lstat} view; {@code rel} is relative to the walk's root. */
    record Step(Node node, String rel, String parentHostPath) {

        String hostPath() {
            return parentHostPath + "/" + node.name();
        }
    }

    private record Frame(List<Node> entries, String rel, String hostPath, int[] next) {}

    private final Deque<Frame> stack = new ArrayDeque<>();

    TreeWalk(Directory root, String rootHostPath) {
        stack.push(new Frame(root.entries(), "", rootHostPath.equals("/") ? "" : rootHostPath, new int[1]));
    }

    @Override
    public boolean hasNext() {
        while (!stack.isEmpty() && stack.peek().next()[0] >= stack.peek().entries().size()) {
            stack.pop();
        }
        return !stack.isEmpty();
    }

    @Override
    public Step next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Frame frame = stack.peek();
        Node node = frame.entries().get(frame.next()[0]++);
        String rel = frame.rel().isEmpty() ? node.name() : frame.rel() + "/" + node.name();
        Step step = new Step(node, rel, frame.hostPath());
        if (node instanceof Directory dir) {
            stack.push(new Frame(dir.entries(), rel, frame.hostPath() + "/" + node.name(), new int[1]));
        }
        return step;
    }
}
