package com.sendense.console.hub.internal;

import com.sendense.console.hub.NewRepository;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.StorageRefresh;

/** Repository management beyond the reads (contract P6). */
final class RepositoryCalls {

    private final HubPipeline pipeline;
    private final RepositoryMapper mapper;

    RepositoryCalls(HubPipeline pipeline, RepositoryMapper mapper) {
        this.pipeline = pipeline;
        this.mapper = mapper;
    }

    /**
     * Never retried: an unreachable NFS or CIFS server can hold the answer past the hub's write
     * timeout although the repository was created; re-read the list before trying again.
     */
    Repository create(NewRepository r) {
        HubCall call = HubCall.post("createRepository", "/api/v1/repositories")
                .body(new RepositoryJson.Create(r.name(), RepositoryMapper.wireType(r.spec()), true,
                        RepositoryMapper.config(r.spec()), r.immutable(), r.minRetentionDays()));
        return pipeline.json(call, RepositoryJson.Created.class, mapper::created);
    }

    RepositoryTestResult test(RepositorySpec spec) {
        HubCall call = HubCall.post("testRepository", "/api/v1/repositories/test")
                .body(new RepositoryJson.TestRequest(RepositoryMapper.wireType(spec), RepositoryMapper.config(spec)));
        return pipeline.json(call, RepositoryJson.TestResult.class, RepositoryMapper::test);
    }

    void delete(String repositoryId) {
        pipeline.bodiless(HubCall.delete("deleteRepository", "/api/v1/repositories/{id}").path("id", repositoryId));
    }

    StorageRefresh refresh() {
        return pipeline.json(HubCall.post("refreshRepositoryStorage", "/api/v1/repositories/refresh-storage"),
                RepositoryJson.Refresh.class, RepositoryMapper::refresh);
    }
}
