"""Random readable usernames like `QuietOtter42`."""

import secrets

ADJECTIVES = (
    "Quiet Brave Calm Clever Curious Gentle Happy Jolly Kind Lucky Merry Mighty Nimble Noble Proud "
    "Quick Shy Silly Sleepy Sly Swift Witty Wise Zany Bold Bright Cosmic Cozy Dreamy Fuzzy Golden "
    "Hidden Lively Lunar Misty Mellow Plucky Rapid Rosy Rustic Sunny Snowy Stormy Velvet Wild Amber "
    "Azure Coral Crimson Silver Scarlet Jade Ivory Indigo Breezy Chilly Dapper Eager Fancy Frosty"
).split()
ANIMALS = (
    "Otter Falcon Panda Fox Badger Heron Koala Lynx Marten Moose Narwhal Ocelot Owl Puffin Quokka "
    "Raven Seal Sparrow Tiger Walrus Wombat Yak Zebra Beaver Bison Crane Dingo Eagle Ferret Gecko "
    "Hare Ibis Jackal Kestrel Lemur Magpie Newt Orca Pelican Robin Salmon Tapir Urchin Viper Wren "
    "Alpaca Bear Camel Dolphin Egret Finch Gibbon Hedgehog Iguana Jaguar Kiwi Llama Mole Turtle"
).split()


def random_username(taken):
    """A name not in `taken`; adds a third random part only if the two-word space is crowded."""
    for attempt in range(100):
        digits = secrets.randbelow(100 if attempt < 50 else 10000)
        name = f"{secrets.choice(ADJECTIVES)}{secrets.choice(ANIMALS)}{digits}"
        if name not in taken:
            return name
    return f"Guest{secrets.token_hex(4)}"
