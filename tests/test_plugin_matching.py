"""Partial matching decisions on a running server: a plugin seats some users (language groups) and
leaves the rest to the built-in random strategy, which respects the groups' interests."""

import inspect
import textwrap
import types

import pytest

from anonchat import hookspecs
from anonchat.decisions import AddToGroup, NewGroup, OpenGroup, Partial, WaitingUser
from anonchat.defaults import random_matching
from anonchat.testing import ChatClient, connect, plugin

SETTINGS = {"group_size": 3, "min_size": 2, "max_wait_s": 0.5}


# The language-group plugin exactly as the `anonchat_match` docstring (and so docs/plugins.md) shows it.
EXAMPLE = ("from anonchat import hookimpl\nfrom anonchat.decisions import AddToGroup, NewGroup, Partial\n" +
           textwrap.dedent(inspect.getdoc(hookspecs.anonchat_match).split("Example — language groups", 1)[1]
                           .split("::\n", 1)[1]))


def documented_example():
    namespace = {}
    exec(EXAMPLE, namespace)
    return types.SimpleNamespace(anonchat_match=namespace["anonchat_match"])


async def join(client, *interests):
    await client.send(type="join", interests=list(interests))
    await client.recv("waiting")


@pytest.mark.gen_test(timeout=90)
async def test_language_groups_first_everyone_else_to_the_default(make_server):
    app, url = await make_server(plugins=[("languages", documented_example())], matching=SETTINGS)
    d1, d2, d3, d4, o1, o2, o3, o4 = await connect(url, 8)
    for c in (d1, d2):
        await join(c, "lang:de")
    for c in (o1, o2):
        await join(c)
    # The same rounds: the default groups the two others after max_wait_s, the speakers are held.
    others = await o1.recv("matched")
    assert len(others["members"]) == 2 and (await o2.recv("matched"))["group"] == others["group"]
    await d1.nothing("matched", wait=1.5)
    await join(d3, "lang:de")
    german = [await c.recv("matched") for c in (d1, d2, d3)]
    assert len({m["group"] for m in german}) == 1 and len(german[0]["members"]) == 3

    await d3.send(type="leave")  # the German group has a free seat, marked lang:de
    await d3.recv("left")
    await d1.recv("member_left")
    await join(o3)
    assert (await o3.recv("matched"))["group"] == others["group"]  # topped up the others' group
    await join(o4)
    await o4.nothing("matched", wait=1.5)  # the German group's free seat is not for a non-speaker
    await join(d4, "lang:de")
    assert (await d4.recv("matched"))["group"] == german[0]["group"]  # the plugin seats a speaker there
    # The first member to join the German group since d3 left: d4, neither o3 nor o4.
    assert (await d1.recv("member_joined"))["username"] == d4.frames[0]["username"]
    assert app.hooks.errors["languages"] == 0


@pytest.mark.gen_test(timeout=180)
async def test_language_groups_on_the_matching_leader_of_two_nodes(cluster, tmp_path):
    (tmp_path / "languages.py").write_text(EXAMPLE)
    a, b = cluster(2, plugins=[str(tmp_path / "languages.py")], matching=SETTINGS)
    clients = []
    for node in (a, b, a, b, b):
        clients.append(await ChatClient.connect(node.url))
        await clients[-1].recv("welcome", timeout=10)
    d1, d2, o1, o2, d3 = clients
    for c, interests in ((d1, ["lang:de"]), (d2, ["lang:de"]), (o1, []), (o2, [])):
        await join(c, *interests)
    others = await o1.recv("matched", timeout=10)
    assert (await o2.recv("matched", timeout=10))["group"] == others["group"]  # across the nodes
    await d1.nothing("matched", wait=1.5)  # held for a third speaker
    await join(d3, "lang:de")
    german = [await c.recv("matched", timeout=10) for c in (d1, d2, d3)]
    assert len({m["group"] for m in german}) == 1 and len(german[0]["members"]) == 3


def test_the_default_tops_up_an_interest_group_only_with_users_who_share_an_interest():
    german = OpenGroup("de", size=2, capacity=3, interests=frozenset({"lang:de"}))
    plain = OpenGroup("any", size=2, capacity=3)
    waiting = (WaitingUser("a", "A", frozenset({"chess"}), 9.0), WaitingUser("b", "B", frozenset({"lang:de"}), 1.0))
    decisions = random_matching.anonchat_match(waiting, (german, plain), SETTINGS, blocked=frozenset())
    assert decisions == [AddToGroup("de", ("b",)), AddToGroup("any", ("a",))]


@pytest.mark.parametrize("answer", [
    lambda ids: Partial((NewGroup(tuple(ids[:2])),), hold=frozenset(ids[:1])),  # seated and held
    lambda ids: Partial(hold=frozenset({"nobody"})),  # holds a user who is not waiting
    lambda ids: Partial((NewGroup(tuple(ids[:1])),)),  # a group of one
])
@pytest.mark.gen_test(timeout=60)
async def test_an_invalid_partial_answer_is_logged_once_and_the_default_decides(make_server, caplog, answer):
    def wrong(waiting):
        return answer([u.id for u in waiting]) if len(waiting) == 3 else []

    app, url = await make_server(plugins=[("wrong", plugin(anonchat_match=wrong))], matching=SETTINGS)
    clients = await connect(url, 3)
    for c in clients:
        await join(c)
    matched = [await c.recv("matched") for c in clients]
    assert len({m["group"] for m in matched}) == 1  # the random strategy: one group of three
    assert app.hooks.errors["wrong"] >= 1
    assert len([r for r in caplog.records if "plugin 'wrong' anonchat_match: invalid result" in r.getMessage()]) == 1


def test_partial_leaves_the_rest_and_the_free_seats_to_the_next_strategy():
    from anonchat.chat.hub import _rest

    waiting = tuple(WaitingUser(i, i.upper()) for i in "abcde")
    groups = (OpenGroup("g1", 1, 3, members=frozenset({"x"})), OpenGroup("g2", 2, 3))
    rest, open_groups = _rest(waiting, groups, Partial((AddToGroup("g1", ("a",)), AddToGroup("g2", ("b",))),
                                                       hold=frozenset({"c"})))
    assert [u.id for u in rest] == ["d", "e"]
    # g2 is full now; g1's members include "a", so the next strategy keeps a's blocked pairs out.
    assert open_groups == (OpenGroup("g1", 2, 3, members=frozenset({"x", "a"})),)
