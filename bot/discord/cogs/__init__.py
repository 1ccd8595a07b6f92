"""One cog per feature, loaded as extensions by the bot's setup_hook."""
