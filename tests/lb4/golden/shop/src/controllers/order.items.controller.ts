import {
  Count,
  CountSchema,
  Filter,
  repository,
  Where,
} from '@loopback/repository';
import {
  del,
  get,
  getModelSchemaRef,
  getWhereSchemaFor,
  param,
  post,
  requestBody,
  response,
} from '@loopback/rest';
import {OrderItem} from '../models';
import {OrderRepository} from '../repositories';

// LoopBack 3's endpoints of Order.items, at its paths (/Orders/{id}/items).
export class OrderItemsController {
  constructor(
    @repository(OrderRepository)
    protected orderRepository: OrderRepository,
  ) {}

  @get('/Orders/{id}/items')
  @response(200, {
    description: 'Order.items',
    content: {
      'application/json': {
        schema: {
          type: 'array',
          items: getModelSchemaRef(OrderItem),
        },
      },
    },
  })
  async find(
    @param.path.number('id') id: number,
    @param.query.object('filter') filter?: Filter<OrderItem>,
  ): Promise<OrderItem[]> {
    return this.orderRepository.items(id).find(filter);
  }

  @post('/Orders/{id}/items')
  @response(200, {
    description: 'Order.items: the new OrderItem',
    content: {
      'application/json': {
        schema: getModelSchemaRef(OrderItem),
      },
    },
  })
  async create(
    @param.path.number('id') id: number,
    @requestBody({
      content: {
        'application/json': {
          schema: getModelSchemaRef(OrderItem, {
            title: 'NewOrderItemInOrder',
            exclude: ['id'],
          }),
        },
      },
    })
    orderItem: Omit<OrderItem, 'id'>,
  ): Promise<OrderItem> {
    return this.orderRepository.items(id).create(orderItem);
  }

  @del('/Orders/{id}/items')
  @response(200, {
    description: 'Order.items: DELETE success count',
    content: {
      'application/json': {
        schema: CountSchema,
      },
    },
  })
  async delete(
    @param.path.number('id') id: number,
    @param.query.object('where', getWhereSchemaFor(OrderItem))
    where?: Where<OrderItem>,
  ): Promise<Count> {
    return this.orderRepository.items(id).delete(where);
  }
}
