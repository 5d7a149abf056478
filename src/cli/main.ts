console.log('ai-flow');
