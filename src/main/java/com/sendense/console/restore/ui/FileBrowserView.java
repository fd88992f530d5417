package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MountId;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.Basket;
import com.sendense.console.restore.BrowseMount;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.DownloadSpool;
import com.sendense.console.restore.FileBrowseService;
import com.sendense.console.restore.FileSearch;
import com.sendense.console.restore.Folder;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.MountGoneException;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.TypedPathException;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The URL holds mount, partition and path, so a link or a reload reopens the same folder. */
@Route("restore/:" + FileBrowserView.MOUNT_PARAM + "/files/:" + FileBrowserView.PATH_PARAM + "*")
@StyleSheet("styles/restore.css")
@RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
public class FileBrowserView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String MOUNT_PARAM = "mountId";
    static final String PATH_PARAM = "path";
    /** Query flag that shows the partition list instead of opening the largest partition. */
    private static final Pattern HUB_PARTITION = Pattern.compile("partition-\\d+");
    static final QueryParameters PARTITIONS = QueryParameters.simple(Map.of("partitions", ""));

    private final FileBrowseService browse;
    final Basket basket = new Basket();
    final BrowserHeader header;
    final PathBar pathBar = new PathBar(this::locate, this::go);
    final TextField filter = FileGrid.filterField();
    final FileGrid grid;
    final BasketBar basketBar;
    final DownloadQueuePanel queue;
    final Div problem = new Div();
    final SearchPanel search;
    private final DownloadPlanner planner;
    private final LinkOpener links;
    private final Map<String, String> partitionLabels = new HashMap<>();
    private @Nullable MountId mountId;
    private @Nullable Folder folder;

    private final DownloadService downloads;
    private @Nullable Registration inUse;

    FileBrowserView(FileBrowseService browse, DownloadService downloads, MountService mounts, LiveUpdates live,
            HubZone hub, Clock clock, FileSearch files, FileActions actions, DownloadSpool spool) {
        this.browse = browse;
        this.downloads = downloads;

        // Create components
        grid = new FileGrid(basket, hub.zone(), this::basketChanged,
                e -> folder == null ? "" : Messages.get(getLocale(), browse.linkTarget(folder, e)));
        links = new LinkOpener(browse);
        basketBar = new BasketBar(downloads.reasonRequired(), downloads.mayDownload());
        queue = new DownloadQueuePanel(downloads, spool, live);
        planner = new DownloadPlanner(browse, downloads, queue, basketBar.reason, this::locale);
        problem.addClassName("browser-problem");
        problem.setVisible(false);
        header = new BrowserHeader(mounts, live, clock, () -> current().map(HubPath::value).orElse("/"));
        boolean mayDownload = downloads.mayDownload();
        search = new SearchPanel(files, hub.zone(), mayDownload, this::go, e -> {
            basket.add(e);
            grid.refreshPicks();
            basketChanged();
        }, shown -> grid.setVisible(!shown && folder != null));
        actions.attach(grid, new FileActions.Browser(() -> Optional.ofNullable(mountId), this::current,
                basketBar.reason::getValue, this::holderId, (m, e) -> planner.download(m, List.of(e), "")));

        // Add listeners
        filter.addValueChangeListener(e -> grid.filter(e.getValue()));
        search.form.search.addClickListener(
                e -> search.start(requireMount(), current().orElse(HubPath.root()), holderId() + "/search"));
        grid.onKeys(item -> open(item, mayDownload), this::up);
        pathBar.up.addClickListener(e -> up());
        pathBar.root.addClickListener(
                e -> current().map(p -> HubPath.of("/" + p.segments().getFirst())).ifPresent(this::go));
        pathBar.refresh.addClickListener(e -> current().ifPresent(this::load));
        basketBar.clear.addClickListener(e -> {
            basket.clear();
            grid.refreshPicks();
            basketChanged();
        });
        basketBar.download.addClickListener(e -> planner.download(requireMount(), basket.items(), ""));
        basketBar.archiveFolder.addClickListener(e -> current().filter(p -> !p.isRoot())
                .ifPresent(p -> planner.download(requireMount(), List.of(DownloadPlanner.folderEntry(p)), p.name())));

        // Layout
        var tools = new Div(pathBar, filter, search.form, actions);
        tools.addClassName("browser-tools");
        var body = new Div(grid, search, problem);
        body.addClassName("browser-body");
        setSizeFull();
        addClassName("file-browser");
        add(header, tools, body, basketBar, queue);
        addDetachListener(e -> {
            release();
            search.cancel();
        });
        basketChanged();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("browser.title");
    }

    static RouteParameters parameters(MountId mountId, HubPath path) {
        return path.isRoot()
                ? new RouteParameters(MOUNT_PARAM, mountId.value())
                : new RouteParameters(Map.of(MOUNT_PARAM, mountId.value(), PATH_PARAM, PathParam.encode(path)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MountId entered = new MountId(event.getRouteParameters().get(MOUNT_PARAM).orElse("-"));
        if (!entered.equals(mountId)) {
            search.cancel();
            search.show(false);
        }
        mountId = entered;
        HubPath path;
        try {
            path = FileBrowseService.parsePath(PathParam.decode(event.getRouteParameters().get(PATH_PARAM).orElse("")));
        } catch (IllegalArgumentException e) {
            showProblem(getTranslation("browser.path.notAllowed"));
            return;
        }
        try {
            Optional<BrowseMount> mount = browse.mount(mountId);
            if (mount.isEmpty()) {
                showProblem(header.gone(mountId, path.value()));
                return;
            }
            header.show(mount.get());
            hold(mountId);
            if (path.isRoot() && !event.getLocation().getQueryParameters().getParameters().containsKey("partitions")) {
                Folder root = browse.open(mountId, HubPath.root());
                remember(root);
                Optional<FileEntry> largest = root.largestPartition();
                if (largest.isPresent()) {
                    event.forwardTo(FileBrowserView.class, parameters(mountId, largest.get().path()));
                    return;
                }
            }
            if (!path.isRoot() && !HUB_PARTITION.matcher(path.segments().getFirst()).matches()) {
                // A link or URL with a path as people write it (/Shares/Finance): open what it means instead of
                // a "does not exist" with a folder in the partition's breadcrumb.
                event.forwardTo(FileBrowserView.class,
                        parameters(mountId, browse.locate(mountId, path.value(), HubPath.root())));
                return;
            }
            if (!links.forwarded(event, mountId, path)) {
                load(path);
            }
        } catch (LinkRefusedException e) {
            showProblem(getTranslation(e.text().key(), e.text().args().toArray()));
        } catch (AccessDeniedException e) {
            showProblem(getTranslation("browser.scope", e.getMessage()));
        } catch (TypedPathException e) {
            showProblem(getTranslation(e.text().key(), e.text().args().toArray()));
        } catch (HubException e) {
            showProblem(HubErrorMessages.explain(e));
        }
    }

    private void load(HubPath path) {
        try {
            Folder opened = browse.open(requireMount(), path);
            if (opened.isRoot()) {
                remember(opened);
            } else if (partitionLabels.isEmpty()) {
                remember(browse.open(requireMount(), HubPath.root()));
            }
            folder = opened;
            problem.setVisible(false);
            grid.setVisible(!search.isVisible());
            grid.show(opened);
            pathBar.show(requireMount(), path, partitionLabels);
            header.title.setText(path.isRoot()
                    ? getTranslation("browser.partitions")
                    : Optional.ofNullable(partitionLabels.get(path.value())).orElse(path.name()));
        } catch (LinkRefusedException e) {
            showProblem(getTranslation(e.text().key(), e.text().args().toArray())); // a link on the way leaves its
                                                                                    // partition
            pathBar.show(requireMount(), path, partitionLabels);
        } catch (MountGoneException e) {
            showProblem(header.gone(requireMount(), path.value()));
        } catch (HubException e) {
            showProblem(e.code() == HubErrorCode.PATH_NOT_FOUND
                    ? getTranslation("browser.path.missing", path.value())
                    : HubErrorMessages.explain(e));
            pathBar.show(requireMount(), path, partitionLabels);
        }
    }

    private void remember(Folder root) {
        root.entries().forEach(e -> partitionLabels.put(e.path().value(), Folder.displayName(e)));
    }

    // The mount counts as in use while this browser shows it, so closing the tab lets it be unmounted.
    private void hold(MountId id) {
        release();
        inUse = downloads.keepInUse(id, holderId());
    }

    private String holderId() {
        UI ui = getUI().orElseGet(UI::getCurrent);
        return ui.getSession().getSession().getId() + "/" + ui.getUIId();
    }

    private void release() {
        if (inUse != null) {
            inUse.remove();
            inUse = null;
        }
    }

    private void open(FileEntry entry, boolean mayDownload) {
        if (entry.symlink()) {
            links.open(requireMount(), entry, this::go, target -> open(target, mayDownload));
        } else if (entry.isDirectory()) {
            go(entry.path());
        } else if (mayDownload) {
            planner.download(requireMount(), List.of(entry), "");
        }
    }

    private HubPath locate(String typed) {
        return browse.locate(requireMount(), typed, current().orElse(HubPath.root()));
    }

    private void go(HubPath path) {
        UI.getCurrent().navigate(FileBrowserView.class, parameters(requireMount(), path));
    }

    private void up() {
        current().flatMap(HubPath::parent).ifPresent(p -> {
            if (p.isRoot()) {
                UI.getCurrent().navigate(FileBrowserView.class, parameters(requireMount(), p), PARTITIONS);
            } else {
                go(p);
            }
        });
    }

    private Optional<HubPath> current() {
        return Optional.ofNullable(folder).map(Folder::path);
    }

    private MountId requireMount() {
        if (mountId == null) {
            throw new IllegalStateException("No mount");
        }
        return mountId;
    }

    private void showProblem(String text) {
        folder = null;
        grid.show(null);
        grid.setVisible(false);
        problem.removeAll();
        problem.add(new Span(text));
        problem.setVisible(true);
    }

    private void basketChanged() {
        basketBar.render(basket, locale());
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
