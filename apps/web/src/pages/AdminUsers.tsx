import { ROLES } from "@rubric/core";
import { Badge, Button, Card, Select, TextField } from "@rubric/ui";
import { useInfiniteQuery } from "@tanstack/solid-query";
import { createSignal, For, Show } from "solid-js";
import { trpc } from "../lib/trpc.ts";

export function AdminUsers() {
  const [search, setSearch] = createSignal("");
  const [role, setRole] = createSignal<string | null>(null);
  const users = useInfiniteQuery(() => ({
    queryKey: ["admin", "users", search(), role()],
    queryFn: ({ pageParam }) =>
      trpc.admin.listUsers.query({
        search: search() || undefined,
        role: (role() ?? undefined) as (typeof ROLES)[number] | undefined,
        after: pageParam ?? undefined,
        limit: 25,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  }));
  const rows = () => users.data?.pages.flatMap((p) => p.users) ?? [];
  return (
    <div class="page">
      <header class="page__header">
        <h1>Users</h1>
      </header>
      <Card>
        <div class="form__row">
          <TextField
            label="Search name or email"
            name="search"
            type="search"
            value={search()}
            onInput={setSearch}
          />
          <Select
            label="Role"
            name="role"
            placeholder="All roles"
            options={ROLES.map((r) => ({ value: r, label: r }))}
            value={role()}
            onChange={setRole}
          />
        </div>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            <For
              each={rows()}
              fallback={
                <tr>
                  <td colSpan={4} class="muted">
                    No users match.
                  </td>
                </tr>
              }
            >
              {(u) => (
                <tr>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <Badge
                      tone={
                        u.role === "admin"
                          ? "danger"
                          : u.role === "recruiter"
                            ? "primary"
                            : "neutral"
                      }
                    >
                      {u.role}
                    </Badge>
                  </td>
                  <td>{new Date(u.createdAt).toLocaleDateString()}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={users.hasNextPage}>
          <Button
            variant="secondary"
            onClick={() => users.fetchNextPage()}
            loading={users.isFetchingNextPage}
          >
            Load more
          </Button>
        </Show>
      </Card>
    </div>
  );
}
